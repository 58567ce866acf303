from common import *  # part es: written blind

add("es-01-que-teneis",
    "Lucía Martín Sánchez <lucia.martin.sanchez@correo-es.example>",
    "consulta",
    "Hola, ¿me podéis decir qué datos míos tenéis guardados? Gracias. Lucía\n",
    R(["Access"], "lucia.martin.sanchez@correo-es.example", "Lucía", "Martín Sánchez"))

add("es-02-sofa-cama-historia",
    "Jorge Fernández de la Fuente <jorge.fdezdelafuente@mail-madrid.example>",
    "Reclamación pedido 6620391 - sofá cama",
    """Buenas tardes:

Les escribo muy indignado. El 3 de octubre compré un sofá cama en su tienda de Alcorcón con entrega y
montaje a domicilio. La entrega se retrasó dos veces sin avisar. Cuando por fin llegó, los
transportistas lo subieron por la escalera arrastrándolo y rompieron dos peldaños de mármol de la
comunidad. El presidente de la comunidad me reclama ahora la reparación a mí.

Además el mecanismo del sofá cama no abre bien y el montador me dijo que "eso es así". He llamado al
servicio de atención al cliente cinco veces y he puesto una hoja de reclamaciones en la tienda.

Exijo que se hagan cargo de los daños en la escalera y que retiren el sofá devolviéndome el importe.
Y cuando todo esto esté resuelto, quiero que me den de baja como cliente y borren todos mis datos de
sus sistemas: no quiero volver a saber nada de ustedes.

Atentamente,
Jorge Fernández de la Fuente
""",
    R(["Erasure"], "jorge.fdezdelafuente@mail-madrid.example", "Jorge", "Fernández de la Fuente"))

add("es-03-derecho-acceso-formal",
    "María José García López <mjgarcialopez@correo-es.example>",
    "Ejercicio del derecho de acceso (art. 15 RGPD)",
    """Muy señores míos:

Dña. María José García López, mayor de edad, con DNI 12345678Z y domicilio en C/ Mayor 14, 3º B, 28013
Madrid, por medio del presente escrito ejerce el derecho de acceso previsto en el artículo 15 del
Reglamento (UE) 2016/679 y en el artículo 13 de la Ley Orgánica 3/2018 (LOPDGDD).

SOLICITA que se le facilite, en el plazo de un mes, copia de los datos personales que sobre ella
constan en sus ficheros (tienda, tienda online, tarjeta Acme y centro óptico), así como los fines del
tratamiento, los destinatarios y el plazo de conservación previsto.

Se adjunta copia del DNI.

En Madrid, a 14 de noviembre de 2026.
María José García López
""",
    R(["Access"], "mjgarcialopez@correo-es.example", "María José", "García López"))

add("es-04-segundo-apellido",
    "Íñigo Etxeberria <inigo.etxeberria@euskal-mail.example>",
    "Datos mal en la tarjeta",
    """Kaixo,

En la tarjeta Acme y en todas las facturas aparezco como "Inigo Echeverria Goicoechea". Mi nombre
correcto es Íñigo Etxeberria Goikoetxea, tal como figura en el DNI. ¿Podéis corregirlo? También ha
cambiado mi teléfono: 688 123 456.

Eskerrik asko,
Íñigo Etxeberria Goikoetxea
""",
    R(["Rectification"], "inigo.etxeberria@euskal-mail.example", "Íñigo", "Etxeberria Goikoetxea"))

add("es-05-no-llameis",
    "<pepi.sevilla58@correo-sur.example>",
    "llamadas",
    "no me llameis mas para ofrecerme el seguro de los electrodomesticos ya os lo he dicho por telefono mil veces no quiero que me llameis ni me escribais con ofertas\n",
    R(["Opposition"], "pepi.sevilla58@correo-sur.example"))

add("es-06-descargar-historial",
    "Pablo Serrano Ruiz <pablo.serrano.ruiz@mail-valencia.example>",
    "Descargar mis compras en formato reutilizable",
    """Hola,

Quería saber si me podéis mandar mi historial de pedidos, facturas y garantías en un archivo tipo
Excel o CSV. Me lo pide la aseguradora del hogar para el inventario de la casa y quiero pasárselo tal
cual, sin tener que copiar a mano 30 facturas en PDF.

Un saludo,
Pablo Serrano Ruiz
""",
    R(["Portability"], "pablo.serrano.ruiz@mail-valencia.example", "Pablo", "Serrano Ruiz"))

add("es-07-venden-mis-datos",
    "Carmen Ruiz Ortega <carmen.ruiz.ortega@correo-es.example>",
    "¿Venden mis datos?",
    html("Buenos días:",
         "Desde que abrí la tarjeta Acme para financiar la lavadora, me llaman de bancos y de compañías de "
         "telefonía. ¿Ceden ustedes mis datos a otras empresas? ¿A cuáles y con qué finalidad? ¿Y durante cuánto "
         "tiempo guardan mi número de teléfono?",
         "Gracias,<br>Carmen Ruiz Ortega"),
    R(["Information"], "carmen.ruiz.ortega@correo-es.example", "Carmen", "Ruiz Ortega"), ct=HTML)

add("es-08-financiacion-denegada",
    "Alejandro Navarro Gil <a.navarro.gil@mail-aragon.example>",
    "Financiación denegada automáticamente",
    """Buenas,

Intenté financiar una nevera y una placa en la web y me salió "operación denegada" en menos de cinco
segundos. Está claro que lo decide un programa. No estoy de acuerdo: tengo nómina fija y ninguna
deuda. Quiero que una persona revise mi solicitud y poder explicar mi situación.

Alejandro Navarro Gil
""",
    R(["AutomatedDecision"], "a.navarro.gil@mail-aragon.example", "Alejandro", "Navarro Gil"))

add("es-09-limitacion-exactitud",
    "Pilar Domínguez Romero <pilar.dominguez.romero@correo-es.example>",
    "Solicitud de rectificación y limitación del tratamiento",
    """Estimados señores:

En la carta que me han remitido consta que adeudo 3 cuotas de la tarjeta Acme. Esos datos son inexactos:
las cuotas se cargaron en mi cuenta y dispongo de los justificantes bancarios, que adjunto.

Les solicito que corrijan la información y que, mientras comprueban su exactitud, limiten el
tratamiento de esos datos y se abstengan de comunicarlos a ningún fichero de solvencia patrimonial.

Atentamente,
Pilar Domínguez Romero
""",
    R(["Rectification", "Restriction"], "pilar.dominguez.romero@correo-es.example", "Pilar", "Domínguez Romero"))

add("es-10-mayusculas-borren",
    "<elcliente.harto@correo-es.example>",
    "BAJA YA",
    "BORREN TODOS MIS DATOS Y DEJEN DE MANDARME PUBLICIDAD POR CORREO Y POR SMS. NO LO VOY A REPETIR MAS.\n",
    R(["Erasure", "Opposition"], "elcliente.harto@correo-es.example"))

add("es-11-madre-hija-sorteo",
    "Rocío Morales Vega <rocio.morales.vega@mail-andalucia.example>",
    "Datos de mi hija menor",
    """Hola:

Mi hija Alba Castillo Morales, de 12 años, rellenó en su tienda de Málaga un cupón para el sorteo de una
consola, con su nombre, fecha de nacimiento, teléfono y correo. Yo no di permiso. Como su madre,
solicito que borren todos los datos de mi hija.

Adjunto el libro de familia si lo necesitan.

Rocío Morales Vega
""",
    R(["Erasure"], "rocio.morales.vega@mail-andalucia.example", "Alba", "Castillo Morales",
      representative="Rocío Morales Vega"))

add("es-12-heredero-padre",
    "Manuel Herrera Díaz <manuel.herrera.diaz@correo-es.example>",
    "Fallecimiento de D. Antonio Herrera Campos",
    """Buenos días,

Mi padre, D. Antonio Herrera Campos, falleció el pasado mes de agosto. Como hijo y heredero, les solicito
que supriman sus datos y cancelen su cuenta de cliente y su tarjeta Acme, que ya no tienen saldo
pendiente. Siguen llegando a casa cartas a su nombre.

Puedo aportar el certificado de defunción y la declaración de herederos.

Manuel Herrera Díaz
""",
    R(["Erasure"], "manuel.herrera.diaz@correo-es.example", "Antonio", "Herrera Campos",
      representative="Manuel Herrera Díaz"))

add("es-13-abogada-morosos",
    "Beatriz Soler Marín <bsoler@soler-abogados.example>",
    "D. Raúl Ibáñez Prieto - supresión de datos en fichero de morosos",
    """Muy Sres. míos:

Me dirijo a ustedes en nombre y representación de D. Raúl Ibáñez Prieto, con DNI 87654321X, según poder
que se adjunta.

Mi representado ha sido incluido por su entidad en un fichero de información crediticia por una
supuesta deuda de 412,30 euros que fue abonada íntegramente en marzo. En su nombre solicito la
supresión inmediata de dichos datos del fichero y de sus propios sistemas de recobro.

Atentamente,
Beatriz Soler Marín
Abogada - Colegiada nº 54.321 ICAM
Soler Abogados | Tel. 91 000 00 00
AVISO LEGAL: Este mensaje es confidencial y va dirigido exclusivamente a su destinatario.
""",
    R(["Erasure"], "bsoler@soler-abogados.example", "Raúl", "Ibáñez Prieto", representative="Beatriz Soler Marín"))

add("es-14-no-baja-solo-whatsapp",
    "Daniel Moreno <daniel.moreno@mail-es.example>",
    "WhatsApp de ofertas",
    """Hola,

Que quede claro que no quiero darme de baja ni que borréis mi cuenta, me viene bien para las
garantías. Lo único que pido es que dejéis de escribirme por WhatsApp con las ofertas de la semana.

Daniel Moreno
""",
    R(["Opposition"], "daniel.moreno@mail-es.example", "Daniel", "Moreno"))

add("es-15-stock-frigorifico",
    "Valentina Rojas <valentina.rojas@correo-latam.example>",
    "consulta stock",
    "Hola buenas, tienen el frigorifico combi de 2 metros en blanco en la tienda de Getafe? en la web sale agotado. gracias\n",
    R(["Unknown"], "valentina.rojas@correo-latam.example", "Valentina", "Rojas"))

add("es-16-videos-cp1252",
    "José Ángel Muñoz Pérez <joseangel.munoz@correo-es.example>",
    "Grabaciones de la cámara de la óptica",
    """Buenas tardes:

El sábado tuve un altercado con otro cliente en su óptica de Zaragoza – Puerto Venecia y me consta que
hay cámaras. Quiero obtener las imágenes en las que aparezco.

Y de paso, ¿cuánto tiempo se guardan esas grabaciones? No quiero que se borren antes de que me las den.

¡Gracias!
José Ángel Muñoz Pérez
""",
    R(["Access", "Information"], "joseangel.munoz@correo-es.example", "José Ángel", "Muñoz Pérez"),
    encode="cp1252", ct=CP1252)

add("es-17-familia-ortiz",
    "Familia Ortiz <familia.ortiz@casa-mail.example>",
    "Cambio de dirección",
    """Hola,

Soy Nuria Ortiz Blanco. Nos hemos mudado y quiero que actualicéis la dirección de mi cuenta y de la
tarjeta: ahora es Avda. de la Constitución 22, 2º A, 41001 Sevilla. Por favor contestadme a mi correo
personal, no al de la familia.

Nuria
""",
    R(["Rectification"], "nuria.ortiz.blanco@mail-personal.example", "Nuria", "Ortiz Blanco"),
    headers=["Reply-To: Nuria Ortiz Blanco <nuria.ortiz.blanco@mail-personal.example>"])

add("es-18-reenvio-atencion-cliente",
    "Lorena Pascual <lorena.pascual@acme-corp.example>",
    "RV: nombre mal en la app de entregas",
    """Hola equipo de privacidad,

Os reenvío este correo de un cliente que nos ha llegado a atención al cliente. ¿Lo podéis gestionar
vosotros?

Gracias,
Lorena Pascual
Atención al Cliente - Acme España

-------- Mensaje reenviado --------
De: Sergio Vázquez Lorenzo <sergio.vazquez.lorenzo@mail-galicia.example>
Fecha: 14/11/2026 10:31
Asunto: nombre mal en la app de entregas
Para: clientes@acme-corp.example

Buenos días, en la app de seguimiento de entregas sale "Sergio Vázquez Lorenzana" y una dirección
antigua de Lugo. Vivo en Rúa do Vilar 5, Santiago de Compostela. Corríjanlo por favor, que el
repartidor se va a Lugo.
Sergio Vázquez Lorenzo
""",
    R(["Rectification"], "sergio.vazquez.lorenzo@mail-galicia.example", "Sergio", "Vázquez Lorenzo"))

add("es-19-adjunto-consentimiento", "Iván Castro <ivan.castro@acme-corp.example>",
    "RV: retiro mi consentimiento", "",
    R(["Opposition"], "marta.gil.serrano@correo-es.example", "Marta", "Gil Serrano"),
    note="Buenas, os paso adjunto el correo de una clienta que ha llegado a la tienda de Murcia. Saludos, Iván (jefe de tienda)",
    attached=("Marta Gil Serrano <marta.gil.serrano@correo-es.example>", "retiro mi consentimiento",
              "Hola,\n\nCuando pedí la tarjeta Acme marqué la casilla para recibir ofertas de la financiera y de "
              "sus socios. Retiro ese consentimiento desde hoy.\n\nMarta Gil Serrano\n"))

add("es-20-doctora-firma",
    "Dra. Elena Castro Núñez <elena.castro@clinica-norte.example>",
    "Solicitud de mi historial en Acme Óptica",
    """Estimados:

A título personal, les ruego me remitan una copia de toda la información que obra en mi ficha de
cliente de Acme Óptica Oviedo (graduaciones, pruebas realizadas y observaciones del optometrista).
Les ruego también que corrijan mi segundo apellido, que en la ficha figura como «Nuñez» sin tilde.

Un cordial saludo,

Dra. Elena Castro Núñez
Directora Médica
Clínica Norte · Tel. 985 00 00 00
Enviado desde mi iPhone

Este mensaje y sus anexos son confidenciales. Si no es usted el destinatario, le rogamos lo comunique al
remitente y lo elimine. This message is confidential.
""",
    R(["Access", "Rectification"], "elena.castro@clinica-norte.example", "Elena", "Castro Núñez"))

add("es-21-tarea-contrato-montaje",
    "Raquel Jiménez <raquel.jimenez@acme-corp.example>",
    "Contrato de encargado del tratamiento - nueva empresa de montaje",
    """Hola,

A partir de enero contratamos a Montajes Levante S.L. para los montajes de cocinas en Valencia y
Alicante. Tendrán acceso a nombre, dirección, teléfono y planos de las viviendas de los clientes.
¿Podéis preparar o revisar el contrato de encargado del tratamiento (art. 28)? Lo necesitamos firmado
antes del 20 de diciembre.

Gracias,
Raquel Jiménez
Compras - Servicios
""",
    TASK("raquel.jimenez@acme-corp.example", "Raquel", "Jiménez"))

add("es-22-tarea-eipd-wifi",
    "Álvaro Medina <alvaro.medina@acme-corp.example>",
    "EIPD analítica de afluencia por wifi en tiendas",
    """Buenos días,

Marketing quiere instalar en 10 tiendas un sistema que cuenta visitantes y recorridos a partir de las
señales wifi de los móviles. Antes del piloto necesitamos vuestra valoración y, si aplica, la
evaluación de impacto. ¿Nos decís qué información necesitáis?

Álvaro Medina
Retail Analytics
""",
    TASK("alvaro.medina@acme-corp.example", "Álvaro", "Medina"))

add("es-23-tarea-cuestionario-proveedor",
    "Cristina León <cristina.leon@acme-corp.example>",
    "Cuestionario de privacidad de un proveedor de audífonos",
    """Hola,

El nuevo fabricante de audífonos con el que vamos a trabajar nos ha enviado su cuestionario de
protección de datos y su política, y tenemos que validar que cumplen antes de conectar su software
de adaptación con nuestras fichas de clientes. ¿Lo podéis revisar esta semana?

Cristina León
Responsable de Audiología
""",
    TASK("cristina.leon@acme-corp.example", "Cristina", "León"))

add("es-24-incidente-portatil-tienda",
    "Fernando Ramos <fernando.ramos@acme-corp.example>",
    "Robo de portátil en tienda",
    """Hola,

Esta mañana al abrir la tienda de Badalona nos hemos encontrado la puerta del almacén forzada. Se han
llevado el portátil del responsable de financiación, que tiene guardadas solicitudes de tarjeta Acme
escaneadas (DNI, nóminas). Hemos puesto denuncia en los Mossos.

Fernando Ramos
Director tienda Badalona
""",
    INC("fernando.ramos@acme-corp.example", "Fernando", "Ramos"))

add("es-25-incidente-email-otra-clienta",
    "Teresa Alonso <teresa.alonso@correo-es.example>",
    "Me ha llegado un presupuesto de otra persona",
    """Hola,

Hoy he recibido un correo de su centro auditivo de Valladolid con un presupuesto de audífonos y los
resultados de una audiometría de una tal Mercedes Calvo, con su teléfono y su dirección. Yo no soy esa
persona y nunca he ido a ese centro. Creo que deberían saberlo. Lo he borrado.

Teresa Alonso
""",
    INC("teresa.alonso@correo-es.example", "Teresa", "Alonso"))

add("es-26-incidente-sin-cco",
    "Gemma Prieto <gemma.prieto@acme-corp.example>",
    "Error: correo a clientes sin CCO",
    "Hola, acabo de mandar el aviso de retraso de entregas a 260 clientes poniendo todas las direcciones en el campo Para en vez de en CCO. Todos ven los correos de todos. Ya han contestado dos quejándose. Gemma Prieto, Logística Madrid\n",
    INC("gemma.prieto@acme-corp.example", "Gemma", "Prieto"))

add("es-27-seguimiento-dsr",
    "Ricardo Blanco <ricardo.blanco@mail-es.example>",
    "RE: [DSR-84102] Hemos recibido su solicitud",
    """Buenas,

Ha pasado más de un mes desde su acuse de recibo y no sé nada. ¿Cuándo me van a contestar?

Ricardo Blanco

> Su solicitud ha quedado registrada con la referencia DSR-84102.
""",
    FU("84102", "ricardo.blanco@mail-es.example", "Ricardo", "Blanco"))

add("es-28-complemento-acceso",
    "María José García López <mjgarcialopez@correo-es.example>",
    "RE: Ejercicio del derecho de acceso (art. 15 RGPD)",
    """Como complemento a mi escrito anterior, les indico que también fui clienta con la dirección antigua
C/ Alcalá 200, 28028 Madrid, por si constan datos con esa dirección.

María José García López
""",
    FU(ref("es-03-derecho-acceso-formal"), "mjgarcialopez@correo-es.example", "María José", "García López"),
    headers=irt("es-03-derecho-acceso-formal"))

add("es-29-spam-cuenta-suspendida",
    "Banco Seguro <avisos@banco-seguro-verificacion.example>",
    "Su cuenta será suspendida: verifique sus datos personales",
    """Estimado cliente:

Por la nueva normativa de protección de datos, debe actualizar sus datos personales antes de 48 horas o
su cuenta será suspendida.

Acceda aquí: https://banco-seguro-verificacion.example/rgpd
""",
    IGN("spam", "avisos@banco-seguro-verificacion.example"),
    headers=[AUTH(spf="fail", dkim="none", dmarc="fail", dom="banco-seguro-verificacion.example")])

add("es-30-spam-borrar-internet",
    "Reputación Online <ventas@borra-tu-rastro.example>",
    "Eliminamos sus datos personales de internet en 48h",
    """¿Aparece su nombre en Google? ¿Sus datos personales circulan por internet?

Nuestro equipo los elimina de forma garantizada. Oferta especial para empresas: 199 euros.
Conteste a este correo para más información.
""",
    IGN("spam", "ventas@borra-tu-rastro.example"), headers=SPAM_HDR)

add("es-31-fuera-oficina",
    "Javier Ortega <javier.ortega@gestoria-ortega.example>",
    "Respuesta automática: fuera de la oficina",
    "Estaré fuera de la oficina hasta el 1 de diciembre sin acceso al correo. Para asuntos urgentes, llame al 96 000 00 00.\n",
    IGN("auto_reply", "javier.ortega@gestoria-ortega.example"),
    headers=["Auto-Submitted: auto-replied"])

add("es-32-boletin",
    "Boletín Protección de Datos <boletin@privacidad-hoy.example>",
    "Boletín semanal: sanciones de la AEPD y novedades",
    html("<b>Privacidad Hoy</b> - boletín semanal",
         "Esta semana: la AEPD sanciona a una cadena de electrodomésticos por llamadas comerciales, y guía práctica "
         "sobre videovigilancia en comercios.",
         "Recibe este boletín porque está suscrito. <a href='https://privacidad-hoy.example/baja'>Darse de baja</a>"),
    IGN("bulk", "boletin@privacidad-hoy.example"), ct=HTML,
    headers=["List-Id: <boletin.privacidad-hoy.example>",
             "List-Unsubscribe: <https://privacidad-hoy.example/baja>",
             "Precedence: bulk"])
