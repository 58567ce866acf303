from common import *  # part es: written blind

add("es-01-que-tienen-de-mi",
    "María José Fernández Ruiz <mj.fernandezruiz@correo.example>",
    "Información que guardan sobre mí",
    """Buenos días:

Quisiera saber qué información personal mía tienen ustedes guardada (cuenta de la
plataforma, expediente de la tasa, llamadas al programa de radio) y que me la hagan
llegar.

Un saludo,
María José Fernández Ruiz
""",
    R(["Access"], "mj.fernandezruiz@correo.example", "María José", "Fernández Ruiz"))

add("es-02-borren-ya",
    "elchino_77@correorapido.example",
    "baja",
    """borren mi cuenta ya no la uso
""",
    R(["Erasure"], "elchino_77@correorapido.example"))

add("es-03-dni-mal",
    "Álvaro Iglesias Montero <alvaro.iglesias@correo-web.example>",
    "Corrección de mis datos",
    """Estimados señores:

En el expediente de la tasa de televisión figura mi DNI con una letra equivocada
(12345678-Z en lugar de 12345678-X) y mi segundo apellido aparece como "Montoro".
Les ruego que corrijan ambos datos.

Atentamente,
Álvaro Iglesias Montero
""",
    R(["Rectification"], "alvaro.iglesias@correo-web.example", "Álvaro", "Iglesias Montero"),
    ct=LATIN1, encode="latin-1")

add("es-04-basta-llamadas",
    "Rosario Delgado <rosario.delgado@miportal.example>",
    "BASTA YA DE LLAMADAS",
    """LLEVO TRES SEMANAS RECIBIENDO LLAMADAS PARA QUE ME HAGA SOCIA DEL CLUB DE OYENTES.
NO QUIERO QUE ME LLAMEN MAS NI QUE USEN MI TELEFONO PARA NADA COMERCIAL.

ROSARIO DELGADO
""",
    R(["Opposition"], "rosario.delgado@miportal.example", "Rosario", "Delgado"))

add("es-05-sin-perfilado",
    "Pablo Ortega Serrano <pablo.ortega@webcorreo.example>",
    "Recomendaciones personalizadas",
    """Hola:

No quiero darme de baja de la plataforma, pero sí me opongo a que analicen lo que veo
para elaborar un perfil y recomendarme contenidos. Prefiero que me muestren el catálogo
sin personalizar.

Gracias,
Pablo Ortega Serrano
""",
    R(["Opposition"], "pablo.ortega@webcorreo.example", "Pablo", "Ortega Serrano"))

add("es-06-llevarme-historial",
    "Lucía Navarro Gil <lucia.navarro@buzon.example>",
    "Exportar mi historial",
    """Buenas tardes,

Me voy a otra plataforma y me gustaría llevarme mi historial de visionado y mi lista de
favoritos en un archivo que se pueda importar (CSV o similar). ¿Es posible? Y otra
cosa: si me doy de baja más adelante, ¿cuánto tiempo guardáis el historial?

Saludos,
Lucía
""",
    R(["Portability", "Information"], "lucia.navarro@buzon.example", "Lucía", "Navarro Gil"))

add("es-07-argentina-grabaciones",
    "Federico Giménez <fede.gimenez@correo-ar.example>",
    "Consulta sobre mi llamada al programa",
    """Hola, ¿qué tal?

Llamé el sábado al programa de la tarde (vivo en Madrid pero soy de Rosario). Quería
preguntarles: ¿para qué usan la grabación de mi llamada y mi número? ¿Lo guardan mucho
tiempo? ¿Se lo pasan a alguna productora? Contame, digo, cuéntenme, así me quedo
tranquilo. No necesito que me manden nada.

Abrazo,
Fede Giménez
""",
    R(["Information"], "fede.gimenez@correo-ar.example", "Federico", "Giménez"))

add("es-08-cuenta-bloqueada-fraude",
    "Verónica Castillo Pardo <vero.castillo@correo.example>",
    "Cuenta bloqueada automáticamente – solicito revisión humana",
    """Buenos días:

Mi cuenta fue bloqueada por "posible uso fraudulento" según un correo automático. Nadie
me ha explicado nada; en atención al cliente me dicen que lo decide un algoritmo y que
no pueden hacer nada.

Solicito que una persona revise esa decisión, poder expresar mi punto de vista e
impugnarla.

Verónica Castillo Pardo
""",
    R(["AutomatedDecision"], "vero.castillo@correo.example", "Verónica", "Castillo Pardo"))

add("es-09-limitacion-reclamacion",
    "Jorge Molina Vidal <jorge.molina@despacho-jm.example>",
    "Solicitud de limitación del tratamiento",
    """Muy señores míos:

He presentado una reclamación sobre la deuda que me atribuyen en concepto de tasa. Mientras
la resuelven, les pido que limiten el tratamiento de mis datos: que los conserven, pero
que no los usen ni los cedan a la empresa de recobro hasta que haya una resolución.

Atentamente,
Jorge Molina Vidal
""",
    R(["Restriction"], "jorge.molina@despacho-jm.example", "Jorge", "Molina Vidal"))

add("es-10-madre-hijo",
    "Carmen Ruiz de la Torre <carmen.ruizdelatorre@familia.example>",
    "Datos de mi hijo menor",
    """Hola:

Soy la madre de Diego Sánchez Ruiz, de 13 años. Ha participado en un concurso de la
radio infantil enviando un audio con su nombre, edad y colegio. Quiero ver qué datos
tienen de él y, después, que los eliminen todos.

Puedo enviar el libro de familia si lo necesitan.

Carmen Ruiz de la Torre
""",
    R(["Access", "Erasure"], "carmen.ruizdelatorre@familia.example", "Diego", "Sánchez Ruiz",
      representative="Carmen Ruiz de la Torre"))

add("es-11-sms-numero",
    "Iván Romero <ivan.romero@movilmail.example>",
    "sms",
    """dejen de mandarme sms con los programas de la semana y borren mi numero de movil de
su base de datos gracias
Ivan Romero
""",
    R(["Opposition", "Erasure"], "ivan.romero@movilmail.example", "Iván", "Romero"))

add("es-12-html-acceso-portabilidad",
    "Nuria Prats Soler <nuria.prats@advocats.example>",
    "Ejercicio de derechos RGPD / LOPDGDD",
    html("Estimado Delegado de Protección de Datos:",
         "De conformidad con los artículos 15 y 20 del RGPD y la LOPDGDD, solicito copia de "
         "todos mis datos personales objeto de tratamiento, así como la entrega de los datos "
         "que he facilitado en un formato estructurado, de uso común y lectura mecánica.",
         "Adjunto copia de mi DNI.",
         "Atentamente,<br>Nuria Prats Soler"),
    R(["Access", "Portability"], "nuria.prats@advocats.example", "Nuria", "Prats Soler"),
    ct=HTML)

add("es-13-fotos-de-mi-casa",
    "Manuel Herrera Campos <manolo.herrera@pueblo.example>",
    "Queja: sus inspectores fotografiaron mi casa",
    """Señores:

Les escribo muy enfadado. El jueves pasado vinieron dos inspectores de la tasa a mi
casa. Yo estaba trabajando; mi mujer les dijo que no tenemos televisor (es verdad, lo
vendimos hace dos años). Aun así se quedaron en la acera, sacaron fotos de la fachada,
de la antena vieja que sigue en el tejado y, según mi vecina, también de la ventana del
salón. Luego preguntaron a los vecinos a qué hora volvemos a casa.

Me parece un abuso. No somos delincuentes. Llamé al teléfono de atención y me dijeron
que "es el procedimiento".

Quiero que me envíen todo lo que tengan sobre nosotros, incluido el informe de esa visita
y las fotos, y que después borren esas fotos. Y que alguien me explique con qué derecho
se fotografía la casa de nadie.

Manuel Herrera Campos
""",
    R(["Access", "Erasure"], "manolo.herrera@pueblo.example", "Manuel", "Herrera Campos"))

add("es-14-forma-de-pago",
    "Pilar Medina <pilar.medina@correo.example>",
    "cambiar domiciliación",
    """Hola, ¿cómo cambio la cuenta bancaria donde me cargan la tasa? Gracias. Pilar Medina
""",
    R(["Unknown"], "pilar.medina@correo.example", "Pilar", "Medina"))

add("es-15-mexico-transferencias",
    "Alejandra Treviño Garza <ale.trevino@correo-mx.example>",
    "¿Mis datos salen de Europa?",
    """Buen día,

Vivo en Valencia desde hace un año y uso su aplicación. Leí que muchas apps mandan los
datos a servidores en Estados Unidos. ¿Ustedes transfieren mis datos fuera de la Unión
Europea? ¿A qué empresas y con qué garantías?

De antemano, muchas gracias \u2013 quedo al pendiente.

Alejandra Treviño Garza
""",
    R(["Information"], "ale.trevino@correo-mx.example", "Alejandra", "Treviño Garza"),
    ct=CP1252, encode="cp1252")

add("es-16-direccion-familiar",
    "Familia Cabrera <familiacabrera@casa.example>",
    "Boletín",
    """Hola, soy Marta, uso el correo de la familia pero contéstenme a mi dirección. No quiero
recibir más el boletín de novedades ni ofertas. Gracias.

Marta Cabrera Luna
""",
    R(["Opposition"], "marta.cabrera.luna@personal.example", "Marta", "Cabrera Luna"),
    headers=["Reply-To: marta.cabrera.luna@personal.example"])

add("es-17-no-borrar-solo-fecha",
    "Sergio Domínguez Peña <sergio.dominguez@webcorreo.example>",
    "Fecha de nacimiento incorrecta",
    """Hola,

Que quede claro que NO quiero que borren mi cuenta ni nada por el estilo. Solo que en mi
perfil figura que nací en 2009 y por eso la aplicación me trata como menor y me bloquea
contenido. Nací en 1990. ¿Pueden cambiarlo?

Sergio Domínguez Peña
Enviado desde mi Android
""",
    R(["Rectification"], "sergio.dominguez@webcorreo.example", "Sergio", "Domínguez Peña"))

add("es-18-reenvio-adjunto-club",
    "Raquel Vázquez <raquel.vazquez@acme-corp.example>",
    "RV: Club de oyentes",
    "",
    R(["Opposition"], "tomas.aguirre@correo.example", "Tomás", "Aguirre Lasa"),
    note="Hola equipo de privacidad:\n\nOs reenvío como adjunto el correo de un oyente que "
         "llegó al buzón del club. Creo que os toca a vosotros.\n\nRaquel Vázquez\nClub de Oyentes",
    attached=("Tomás Aguirre Lasa <tomas.aguirre@correo.example>",
              "No más publicidad",
              "Buenas, me apunté al club de oyentes hace años para un sorteo. No quiero que "
              "usen mis datos para mandarme publicidad ni encuestas. Gracias.\n\nTomás Aguirre Lasa\n"))

add("es-19-padre-fallecido",
    "Beatriz Ramos Ferrer <beatriz.ramos@correo.example>",
    "Fallecimiento de mi padre",
    """Buenas tardes:

Mi padre, Joaquín Ramos Esteve, falleció el pasado mes de agosto. Tenía una cuenta en su
plataforma y estaba inscrito en el programa de oyentes. Como heredera les solicito que
eliminen su cuenta y todos sus datos. Adjunto certificado de defunción.

Un saludo,
Beatriz Ramos Ferrer
""",
    R(["Erasure"], "beatriz.ramos@correo.example", "Joaquín", "Ramos Esteve",
      representative="Beatriz Ramos Ferrer"))

add("es-20-seguimiento-dsr",
    "Enrique Lozano <enrique.lozano@buzon.example>",
    "RE: Hemos recibido su solicitud [DSR-70215]",
    """Buenos días, ¿hay novedades sobre mi solicitud? Ya ha pasado más de un mes.

Enrique Lozano

> Su solicitud ha quedado registrada con la referencia DSR-70215.
""",
    FU("70215", "enrique.lozano@buzon.example", "Enrique", "Lozano"))

add("es-21-libro-de-familia",
    "Carmen Ruiz de la Torre <carmen.ruizdelatorre@familia.example>",
    "Re: Datos de mi hijo menor",
    """Les adjunto el libro de familia escaneado para acreditar que soy la madre de Diego.

Carmen
""",
    FU(ref("es-10-madre-hijo"), "carmen.ruizdelatorre@familia.example", "Carmen", "Ruiz de la Torre"),
    headers=irt("es-10-madre-hijo"))

add("es-22-contrato-agencia",
    "Javier Morales <javier.morales@acme-corp.example>",
    "Revisión contrato de encargado – agencia de medios",
    """Hola,

Vamos a firmar con una agencia de medios que gestionará las campañas de captación de la
plataforma y recibirá listas de correos de usuarios. Necesito que reviséis el contrato de
encargado del tratamiento antes del día 30. Está en la carpeta compartida de Jurídico.

Gracias,
Javier Morales
Marketing Digital
""",
    TASK("javier.morales@acme-corp.example", "Javier", "Morales"))

add("es-23-eipd-reconocimiento-facial",
    "Elena Suárez <elena.suarez@acme-corp.example>",
    "EIPD control de acceso público a platós",
    """Buenos días,

Seguridad propone instalar reconocimiento facial en la entrada del público a los platós
para agilizar el acceso. Me dicen que hay que hacer una evaluación de impacto antes de
nada. ¿Podemos reunirnos la semana que viene para arrancarla?

Elena Suárez
Responsable de Servicios Generales
""",
    TASK("elena.suarez@acme-corp.example", "Elena", "Suárez"))

add("es-24-clausula-casting",
    "Daniel Cortés <daniel.cortes@acme-corp.example>",
    "Texto legal para formulario de casting",
    """Hola privacidad,

Abrimos el casting del nuevo concurso el lunes. ¿Nos podéis pasar la cláusula informativa
y el consentimiento para el formulario (incluye datos de salud opcionales)?

Daniel Cortés
Producción de Entretenimiento
""",
    TASK("daniel.cortes@acme-corp.example", "Daniel", "Cortés"))

add("es-25-portatil-robado",
    "Cristina Vega <cristina.vega@acme-corp.example>",
    "Me han robado el portátil del coche",
    """Hola, anoche me rompieron la ventanilla del coche y se llevaron el portátil del
trabajo. Tenía descargadas las fichas de los participantes del concurso (nombres,
teléfonos, DNI). Ya he puesto la denuncia en la policía. ¿Qué más tengo que hacer?

Cristina Vega
""",
    INC("cristina.vega@acme-corp.example", "Cristina", "Vega"))

add("es-26-correos-de-otros-oyentes",
    "Luis Fuentes Caballero <luis.fuentes@correo.example>",
    "He recibido los datos de otros oyentes",
    """Buenas,

Hoy me ha llegado un correo suyo sobre el sorteo de entradas en el que aparecen en el
campo "Para" las direcciones de correo de cientos de personas, y además un Excel adjunto
con nombres y teléfonos de los participantes. Supongo que es un error. Lo aviso para que
lo sepan.

Luis Fuentes Caballero
""",
    INC("luis.fuentes@correo.example", "Luis", "Fuentes Caballero"))

add("es-27-carpeta-publica",
    "Andrés Gallardo <andres.gallardo@acme-corp.example>",
    "Carpeta compartida con enlace público",
    """Equipo:

Acabo de darme cuenta de que la carpeta de la nube con los DNI escaneados de los
ganadores de los sorteos estaba compartida con "cualquiera con el enlace" desde
septiembre, y el enlace se publicó por error en un tuit de la cuenta del programa. Ya
he quitado el acceso público hace 10 minutos.

Andrés Gallardo
Redes Sociales
""",
    INC("andres.gallardo@acme-corp.example", "Andrés", "Gallardo"))

add("es-28-loteria",
    "Lotería Internacional <premios@loteria-int.example>",
    "¡FELICIDADES! Su correo ha ganado 1.500.000 €",
    """Estimado ganador:

Su dirección de correo electrónico ha sido seleccionada en nuestro sorteo internacional.
Para cobrar su premio envíenos su nombre completo, DNI, dirección y número de cuenta.

Departamento de Premios
""",
    IGN("spam", "premios@loteria-int.example"),
    headers=SPAM_HDR)

add("es-29-proteccion-datos-bloqueo",
    "Protección de Datos <aviso@proteccion-datos-cuentas.example>",
    "Aviso RGPD: verifique su identidad para evitar el bloqueo",
    """Estimado usuario:

Para cumplir con la nueva normativa de protección de datos, debe verificar su identidad.
Si no lo hace en 24 horas, su cuenta y sus datos personales serán eliminados.

Verificar ahora: http://verificacion-rgpd.example

Atentamente,
Equipo de Seguridad
""",
    IGN("spam", "aviso@proteccion-datos-cuentas.example"),
    headers=[AUTH(spf="fail", dkim="none", dmarc="fail", dom="proteccion-datos-cuentas.example")])

add("es-30-fuera-de-oficina",
    "Gonzalo Pérez <gonzalo.perez@consultora.example>",
    "Respuesta automática: Cuestionario de seguridad",
    """Estoy fuera de la oficina hasta el 1 de diciembre. Para asuntos urgentes, escriba a
oficina@consultora.example.

Gonzalo Pérez
""",
    IGN("auto_reply", "gonzalo.perez@consultora.example"),
    headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"])

add("es-31-boletin",
    "Asociación de Profesionales de la Privacidad <boletin@app-privacidad.example>",
    "Boletín semanal: novedades en protección de datos",
    """BOLETÍN SEMANAL

- La autoridad de control publica su memoria anual
- Guía sobre cookies actualizada
- Curso online: delegados de protección de datos

Para darse de baja pulse aquí.
""",
    IGN("bulk", "boletin@app-privacidad.example"),
    headers=["List-Id: <boletin.app-privacidad.example>",
             "List-Unsubscribe: <https://app-privacidad.example/baja>",
             "Precedence: bulk"])
