from common import *  # part es: written blind

# ---------------------------------------------------------------- solicitudes
add("es-01-acceso-corto", "Joaquín Bermúdez Ortega <joaquin.bermudez@correo.example>", "Derecho de acceso",
    "Buenos días, solicito una copia de todos mis datos personales que tengan. Gracias. Joaquín Bermúdez Ortega\n",
    R(["Access"], "joaquin.bermudez@correo.example", "Joaquín", "Bermúdez Ortega"))

add("es-02-supresion-app", "Nuria Sánchez de la Fuente <nuria.sanchezdlf@buzon.example>", "Eliminar mi cuenta de la app",
    """Hola:

He dado de baja la suscripción y ya no uso la pulsera. Os pido que eliminéis mi cuenta de la aplicación y todos los datos asociados (entrenamientos, sueño, peso, frecuencia cardiaca).

Un saludo,
Nuria Sánchez de la Fuente
""",
    R(["Erasure"], "nuria.sanchezdlf@buzon.example", "Nuria", "Sánchez de la Fuente"))

add("es-03-oposicion-whatsapp", "Iñaki Etxeberria Goñi <inaki.etxeberria@posta.example>", "No quiero más publicidad por WhatsApp",
    """Kaixo,

Me llegan mensajes de WhatsApp con ofertas de proteínas y vitaminas de vuestra farmacia. Nunca lo he autorizado. Me opongo al uso de mi teléfono para publicidad, tanto WhatsApp como SMS.

Iñaki Etxeberria Goñi
""",
    R(["Opposition"], "inaki.etxeberria@posta.example", "Iñaki", "Etxeberria Goñi"))

add("es-04-rectificacion-apellido", "Rocío Gallardo <rocio.gallardo.p@correo.example>", "Corrección de mis datos",
    """Buenas tardes:

En mi ficha de cliente solo aparece mi primer apellido y el DNI tiene una letra equivocada, por lo que la receta electrónica no se vincula bien. Mi nombre completo es Rocío Gallardo Pizarro y mi DNI termina en 44K, no en 44X. ¿Podéis corregirlo?

Gracias,
Rocío Gallardo Pizarro
""",
    R(["Rectification"], "rocio.gallardo.p@correo.example", "Rocío", "Gallardo Pizarro"))

add("es-05-portabilidad", "Pau Ferrer i Miralles <pau.ferrer@correu.example>", "Portabilidad de mis datos de actividad",
    """Hola,

Voy a cambiarme a otra aplicación de entrenamiento. Solicito, conforme al artículo 20 del RGPD, que me enviéis mis datos de actividad, rutas GPS y registros de sueño en un formato estructurado y legible por máquina (CSV, JSON o GPX).

Moltes gràcies,
Pau Ferrer i Miralles
""",
    R(["Portability"], "pau.ferrer@correu.example", "Pau", "Ferrer i Miralles"))

add("es-06-informacion-aseguradoras", "Ximena Paredes Lozano <ximena.paredes@buzon.example>", "¿Compartís mis datos con aseguradoras?",
    """Hola,

Tengo una duda antes de seguir usando la app: ¿se comparten mis datos de salud o actividad con aseguradoras, laboratorios o anunciantes? ¿Los datos salen de la Unión Europea? ¿Cuánto tiempo los guardáis si cancelo la suscripción?

No necesito copia, solo saber cómo funciona.

Saludos,
Ximena Paredes Lozano
""",
    R(["Information"], "ximena.paredes@buzon.example", "Ximena", "Paredes Lozano"))

add("es-07-pedido-bloqueado-auto", "Francisco Javier Olmedo Ruiz <fj.olmedo@correo.example>", "Pedido rechazado automáticamente",
    """Buenos días,

Mi pedido de tiras reactivas para la glucosa fue rechazado automáticamente con el mensaje "el sistema de verificación no ha podido validar su pedido". Nadie lo ha revisado. Solicito que una persona revise esta decisión y que me expliquen la lógica aplicada, tal como prevé el artículo 22 del RGPD.

Atentamente,
Francisco Javier Olmedo Ruiz
""",
    R(["AutomatedDecision"], "fj.olmedo@correo.example", "Francisco Javier", "Olmedo Ruiz"))

add("es-08-limitacion", "Esperanza Medina Ybarra <esperanza.medina@posta.example>", "Datos de salud incorrectos",
    """Hola,

En mi perfil aparece que estoy embarazada y la app me muestra consejos de embarazo y la farmacia me ofrece productos de maternidad. No es cierto, fue un error al rellenar el cuestionario. Mientras lo comprobáis, pido que se limite el tratamiento de ese dato y no se utilice para nada.

Esperanza Medina Ybarra
""",
    R(["Restriction"], "esperanza.medina@posta.example", "Esperanza", "Medina Ybarra"))

add("es-09-madre-hija", "Ana Belén Cuesta Rubio <anabelen.cuesta@buzon.example>", "Datos de mi hija menor",
    """Buenas tardes:

Soy la madre de Carla Montero Cuesta, de 13 años. Se ha creado una cuenta en vuestra aplicación de fitness sin mi consentimiento. Como su representante legal, quiero saber qué datos tenéis de ella y después que los borréis todos y cerréis la cuenta.

Adjunto el libro de familia y mi DNI.

Ana Belén Cuesta Rubio
""",
    R(["Access", "Erasure"], "anabelen.cuesta@buzon.example", "Carla", "Montero Cuesta",
      representative="Ana Belén Cuesta Rubio"))

add("es-10-abogado", "Héctor Valdivia Soto <hvaldivia@valdivia-abogados.example>", "Ejercicio del derecho de acceso - D.ª Guadalupe Treviño Alcázar",
    """Muy señores míos:

En nombre y representación de D.ª Guadalupe Treviño Alcázar, según poder que se adjunta, ejercito el derecho de acceso previsto en el artículo 15 del RGPD y solicito copia de todos los datos personales de mi representada, incluidos historial de pedidos, recetas, grabaciones de llamadas y comunicaciones internas.

Sin otro particular, reciban un cordial saludo.

Héctor Valdivia Soto
Abogado - Colegiado n.º 34.512
Valdivia Abogados

Este mensaje es confidencial. Si lo ha recibido por error, comuníquelo al remitente y bórrelo.
""",
    R(["Access"], "hvaldivia@valdivia-abogados.example", "Guadalupe", "Treviño Alcázar",
      representative="Héctor Valdivia Soto"))

add("es-11-html-baja", "Lucía Montalbán Herrera <lucia.montalban@webcorreo.example>", "Baja total",
    html("Hola,",
         "Quiero darme de baja de <b>todas</b> vuestras comunicaciones comerciales y que borréis mi cuenta y mis datos.",
         "Lucía Montalbán Herrera<br><small>Enviado desde mi móvil</small>"),
    R(["Opposition", "Erasure"], "lucia.montalban@webcorreo.example", "Lucía", "Montalbán Herrera"), ct=HTML)

add("es-12-mayusculas", "ALVARO DEL RIO <alvarodelrio66@correo.example>", "BORRAR MIS DATOS",
    """QUIERO QUE BORREN TODOS MIS DATOS YA. NO QUIERO SER CLIENTE. ALVARO DEL RIO
""",
    R(["Erasure"], "alvarodelrio66@correo.example", "Alvaro", "Del Rio"))

add("es-13-latin1-acceso-rectif", "Maria Jose Carrasco <mjcarrasco@viejocorreo.example>", "Solicitud",
    """Estimados señores:

Me dirijo a ustedes para pedirles dos cosas:
1. Una copia de los datos que tienen sobre mí (pedidos, recetas y datos de la aplicación).
2. Que corrijan mi dirección, que ahora es Calle Almendro 14, 3º B, 28045 Madrid.

Atentamente,
María José Carrasco Villanueva
""",
    R(["Access", "Rectification"], "mjcarrasco@viejocorreo.example", "María José", "Carrasco Villanueva"),
    ct=LATIN1, encode="latin-1")

add("es-14-reenvio-companero", "Mónica Aranda <monica.aranda@acme-corp.example>", "RV: eliminar datos",
    """Hola equipo de privacidad,

Os reenvío este correo que llegó a atención al cliente. El cliente pide que borremos sus datos.

Gracias,
Mónica
Atención al Cliente España

-----Mensaje original-----
De: Sergio Llamas Prieto <sergio.llamas@buzon.example>
Enviado el: domingo, 15 de noviembre de 2026 20:11
Para: clientes@acme-corp.example
Asunto: eliminar datos

Buenas, quiero que eliminéis todos mis datos personales y mi historial de pedidos. Sergio Llamas Prieto
""",
    R(["Erasure"], "sergio.llamas@buzon.example", "Sergio", "Llamas Prieto"))

add("es-15-familia-replyto-pago", "Familia Ortiz Bravo <casa.ortizbravo@hogarmail.example>", "cambio de tarjeta",
    """hola, soy Beatriz Ortiz, como cambio la tarjeta con la que se paga la suscripcion? la antigua ha caducado. contestad a mi correo personal porfa
gracias
""",
    R(["Unknown"], "bea.ortiz@personal.example", "Beatriz", "Ortiz"),
    headers=["Reply-To: bea.ortiz@personal.example"])

# ---------------------------------------------------------------- tareas
add("es-16-tarea-contrato-callcenter", "Raúl Cifuentes <raul.cifuentes@acme-corp.example>", "Contrato de encargado - call center en Lima",
    """Hola,

Vamos a externalizar parte de la atención telefónica a un call center en Lima (Perú). Tendrán acceso a pedidos y, en algunos casos, a información de medicamentos. ¿Podéis revisar el contrato de encargado del tratamiento y ver qué hace falta para la transferencia internacional?

Raúl Cifuentes
Director de Operaciones
""",
    TASK("raul.cifuentes@acme-corp.example", "Raúl", "Cifuentes"))

add("es-17-tarea-eipd-registro", "Marta Zubizarreta <marta.zubizarreta@acme-corp.example>", "EIPD y registro - nuevo programa de fidelización",
    """Buenos días,

Marketing quiere lanzar un programa de fidelización que combine compras en la farmacia y objetivos de actividad de la app. Necesitamos saber si requiere una evaluación de impacto y actualizar el registro de actividades de tratamiento. ¿Tenéis hueco esta semana?

Marta Zubizarreta
CRM & Loyalty
""",
    TASK("marta.zubizarreta@acme-corp.example", "Marta", "Zubizarreta"))

# ---------------------------------------------------------------- incidentes
add("es-18-incidente-portatil-coche", "Adrián Castellví <adrian.castellvi@acme-corp.example>", "Robo de portátil",
    """Hola,

Anoche me forzaron el coche en un parking de Valencia y se llevaron el portátil de empresa. Tenía descargado un informe con los pedidos de octubre (nombre, dirección y productos de unos 2.000 clientes). El disco está cifrado, creo, pero no estoy seguro. Ya he puesto la denuncia.

Adrián Castellví
Analista de Datos
""",
    INC("adrian.castellvi@acme-corp.example", "Adrián", "Castellví"))

add("es-19-incidente-receta-ajena", "Consuelo Barrientos <consuelo.barrientos@correo.example>", "Me ha llegado la receta de otra persona",
    """Hola,

Al descargar la factura de mi pedido desde vuestra web me sale un PDF con el nombre, DNI y la receta de otra persona (un señor de Sevilla). He probado dos veces y pasa lo mismo. Creo que alguien puede estar viendo mis datos también.

Consuelo Barrientos
""",
    INC("consuelo.barrientos@correo.example", "Consuelo", "Barrientos"))

add("es-20-incidente-hoja-publica", "Irene Sotomayor <irene.sotomayor@acme-corp.example>", "Enlace público a hoja de cálculo",
    """Hola equipo,

Me acabo de dar cuenta de que el enlace de la hoja de cálculo con los participantes del reto "10.000 pasos" (nombre, email, peso inicial) estaba configurado como "cualquiera con el enlace" y lo publicamos por error en el grupo de Facebook durante unas 5 horas. Ya lo he cambiado a privado.

Irene Sotomayor
Community Manager
""",
    INC("irene.sotomayor@acme-corp.example", "Irene", "Sotomayor"))

# ---------------------------------------------------------------- seguimiento
add("es-21-seguimiento-dsr", "Vicente Arrieta Molina <vicente.arrieta@posta.example>", "RE: [DSR-39870] Hemos recibido su solicitud",
    """Buenas,

¿Cómo va mi solicitud? Ha pasado más de un mes.

Vicente Arrieta Molina

El 10/10/2026, privacy@acme-corp.example escribió:
> Hemos registrado su solicitud con la referencia DSR-39870.
""",
    FU("39870", "vicente.arrieta@posta.example", "Vicente", "Arrieta Molina"))

add("es-22-seguimiento-madre-dni", "Ana Belén Cuesta Rubio <anabelen.cuesta@buzon.example>", "RE: Datos de mi hija menor",
    """Hola de nuevo,

Se me olvidó adjuntar el libro de familia, os lo envío ahora. La cuenta de mi hija está con el correo carlamc.2013@juvenil.example.

Ana Belén
""",
    FU(ref("es-09-madre-hija"), "anabelen.cuesta@buzon.example", "Carla", "Montero Cuesta"),
    headers=irt("es-09-madre-hija"))

# ---------------------------------------------------------------- ignorar
add("es-23-spam-loteria", "Loteria Internacional <premios@loteria-int.example>", "FELICIDADES: ha ganado 850.000 EUR",
    """Estimado ganador,

Su dirección de correo electrónico ha sido seleccionada en nuestro sorteo internacional. Para recibir su premio de 850.000 EUR envíe su nombre completo, dirección, copia del DNI y datos bancarios al agente D. Ramón Esteve.

Sus datos serán eliminados tras el pago del premio.
""",
    IGN("spam", "premios@loteria-int.example"), headers=SPAM_HDR)

add("es-24-spam-marketing-apps", "Carolina | AppGrowth <carolina@appgrowth-agency.example>", "Duplicamos las descargas de vuestra app de fitness",
    """Hola,

He visto vuestra app de fitness en las tiendas y creo que podemos duplicar vuestras descargas en 90 días con campañas de influencers. ¿Tenéis 15 minutos esta semana?

Si no os interesa, respondedme y borraré vuestros datos de nuestra lista.

Carolina
""",
    IGN("spam", "carolina@appgrowth-agency.example"),
    headers=[AUTH(spf="pass", dkim="none", dmarc="fail", dom="appgrowth-agency.example")])

add("es-25-respuesta-automatica", "Ignacio Ruano <ignacio.ruano@farmalogistica.example>", "Respuesta automática: Contrato de encargado",
    """Gracias por su mensaje. Estaré fuera de la oficina hasta el 25 de noviembre sin acceso al correo. Para asuntos urgentes contacte con operaciones@farmalogistica.example.

Ignacio Ruano
""",
    IGN("auto_reply", "ignacio.ruano@farmalogistica.example"),
    headers=["Auto-Submitted: auto-replied"])
